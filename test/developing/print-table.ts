/** Prints the developing-stories table: `npx tsx test/developing/print-table.ts [--sentences]`. */
import { formatTable, measureDeveloping } from './measure.js';

const rows = await measureDeveloping();
console.log(formatTable(rows));
if (process.argv.includes('--sentences'))
  for (const r of rows) console.log(`\n${r.sequence} day ${r.day}:\n  ${r.sentences.join('\n  ')}`);
