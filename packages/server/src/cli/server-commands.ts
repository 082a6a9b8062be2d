import type { Command } from 'commander';

export function registerServerCommands(program: Command): void {
  void program;
}
