// Preloaded by the start-up bench (`node --import ./cpu-report.js …`): at exit, the process's
// own CPU time (user + system, µs) as the last line of stderr. Unlike wall time, this barely
// moves when other work shares the machine's cores.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-us ${user + system}\n`);
});
