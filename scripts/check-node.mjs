// npm itself may run on an older system Node; the project needs the Node 24 that the `node` package installs.
const major = Number(process.versions.node.split(".")[0]);
if (major < 24) {
  console.error(
    `Parley needs Node 24 or newer, but this is Node ${process.versions.node}.\n` +
      "Run `npm install` first (it installs Node 24 into node_modules), then use `npm run …` or `npx …`.",
  );
  process.exit(1);
}
