// Preloaded by `npm run bench` into the CLI's process: its peak resident memory, on stderr at exit.
process.on('exit', () => process.stderr.write(`\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`));
