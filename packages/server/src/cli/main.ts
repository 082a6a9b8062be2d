import { Command } from 'commander';
import { registerAuditCommands } from './audit-commands.ts';
import { registerContactCommands } from './contact-commands.ts';
import { registerImportCommands } from './import-commands.ts';
import { registerServerCommands } from './server-commands.ts';
import { registerStaffCommands } from './staff-commands.ts';
import { registerTierCommands } from './tiers-commands.ts';

const program = new Command('guibin')
  .description('Guibin (贵宾) — VIP customer relationship management for retail banks')
  .showHelpAfterError();

registerImportCommands(program);
registerTierCommands(program);
registerContactCommands(program);
registerStaffCommands(program);
registerAuditCommands(program);
registerServerCommands(program);

await program.parseAsync(process.argv);
// Exit once what was printed has been written (a pipe is written asynchronously): nothing left
// idle in the pool or a library may hold the process open. (`start` never gets here.)
process.stdout.write('', () => process.exit(process.exitCode ?? 0));
