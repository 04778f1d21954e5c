export function unlinkFinishedImmediates(): void;
