import type { StageEvent } from '@ordo/ai-pipeline';
import { BRIEF_STAGES, type BriefProgress, type BriefStage } from '@ordo/shared-types';

const NOTE_MAX = 500;

/**
 * Turns the pipeline's stage events into brief.generate's `progress` (briefProgressSchema): every
 * stage with its state, time and note. A stage's `done` is written with the next stage's
 * `running` (one write instead of two), except after the last stage.
 */
export class BriefProgressReporter {
  readonly #stages: BriefProgress['stages'];

  constructor(
    private readonly briefId: string,
    private readonly write: (progress: BriefProgress) => Promise<void>,
  ) {
    this.#stages = BRIEF_STAGES.map((name) => ({ name, state: 'pending' as const }));
  }

  get current(): BriefProgress {
    return { brief_id: this.briefId, stages: this.#stages.map((stage) => ({ ...stage })) };
  }

  readonly onStage = async (event: StageEvent): Promise<void> => {
    const stage = this.#stages.find((entry) => entry.name === (event.stage as BriefStage));
    if (!stage) return;
    stage.state = event.state;
    if (event.report) stage.ms = event.report.ms;
    if (event.note) stage.note = event.note.slice(0, NOTE_MAX);
    else delete stage.note;
    const last = stage.name === BRIEF_STAGES[BRIEF_STAGES.length - 1];
    if (event.state === 'done' && !last) return;
    await this.write(this.current);
  };
}
