export { type PipelineResult, type RunPipelineOptions, type RunStep, runPipeline, StageGateError, type StageEvent, type StageState } from './run-pipeline.ts';
export { defineStage, type FallbackCause, type GateOutcome, type Stage, type StageReport, type StageRunContext } from './stage.ts';
