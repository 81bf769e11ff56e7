declare global {
  namespace App {
    interface Error {
      message: string;
      requestId?: string;
    }
    interface Locals {
      requestId: string;
    }
  }
}

export {};
