// Drives headless Chromium against a running DutyLists for benchmarks/circuits.sh. Three modes:
//
//   node driver.mjs tti    BASE PATH RUNS   time to interactive in RUNS fresh browser contexts
//   node driver.mjs filter BASE PATH RUNS   server time of a filter change, from the click's message to the render
//   node driver.mjs hold   BASE PATH        opens circuits on command ("open N" on stdin), answers "opened N"
//
// Times come from the browser's own clock through the DevTools protocol: the document request's start, and the
// moments each WebSocket frame of the circuit was sent or received. On 127.0.0.1 the gap between the frame that
// carries a click and the frame that carries the render batch is the server's time (plus a loopback hop).
import { chromium } from "playwright-core";
import readline from "node:readline";

const [mode, base, path, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 10);
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const viewport = { width: 1366, height: 900 };

// Hub invocations a browser sends for a user's action, and the one the server answers with a render.
const actionTargets = ["DispatchBrowserEvent", "OnLocationChanged", "BeginInvokeDotNetFromJS"];
const renderTarget = "JS.RenderBatch";

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});

function payloadHas(frame, names) {
  // Blazor's hub protocol is MessagePack (binary frames, base64 in the protocol) or JSON; either way the
  // invocation's target is written as plain UTF-8.
  const bytes = frame.response.opcode === 2 ? Buffer.from(frame.response.payloadData, "base64") : Buffer.from(frame.response.payloadData);
  return names.some((n) => bytes.includes(n));
}

/** A page whose document request and circuit frames are recorded with the browser's timestamps (seconds). */
async function recordedPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const log = { documentStart: null, sent: [], received: [] };
  cdp.on("Network.requestWillBeSent", (e) => {
    if (e.type === "Document" && log.documentStart === null) log.documentStart = e.timestamp;
  });
  cdp.on("Network.webSocketFrameSent", (e) => log.sent.push({ t: e.timestamp, action: payloadHas(e, actionTargets) }));
  cdp.on("Network.webSocketFrameReceived", (e) => log.received.push({ t: e.timestamp, render: payloadHas(e, [renderTarget]) }));
  await cdp.send("Network.enable");
  return { page, log };
}

async function firstRender(log, after, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = log.received.find((f) => f.render && f.t >= after);
    if (frame) return frame.t;
    if (Date.now() > deadline) throw new Error("no render batch arrived");
    await new Promise((r) => setTimeout(r, 5));
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function report(name, valuesMs) {
  const sorted = [...valuesMs].sort((a, b) => a - b);
  console.log(JSON.stringify({
    measure: name, runs: sorted.length, medianMs: +median(sorted).toFixed(1),
    minMs: +sorted[0].toFixed(1), maxMs: +sorted[sorted.length - 1].toFixed(1),
  }));
}

async function timeToInteractive() {
  const tti = [];
  const loaded = [];
  for (let i = 0; i < runs; i++) {
    // A fresh context each time: no cache, no cookies, as a first visit.
    const context = await browser.newContext({ viewport });
    const { page, log } = await recordedPage(context);
    let domContentLoaded = null;
    page.once("domcontentloaded", () => { domContentLoaded = Date.now(); });
    const started = Date.now();
    await page.goto(base + path, { waitUntil: "commit" });
    // Interactive: the circuit's first render batch, which attaches the prerendered components to their handlers.
    const render = await firstRender(log, log.documentStart);
    tti.push((render - log.documentStart) * 1000);
    await page.waitForLoadState("domcontentloaded");
    loaded.push(domContentLoaded - started);
    // Navigating away first ends the circuit at once rather than leaving it to the retention period.
    await page.goto("about:blank");
    await context.close();
  }

  report("time to interactive (document request to the circuit's first render batch)", tti);
  report("DOMContentLoaded (wall clock, for comparison)", loaded);
}

async function filterChanges() {
  const context = await browser.newContext({ viewport });
  const { page, log } = await recordedPage(context);
  await page.goto(base + path);
  await firstRender(log, log.documentStart);
  await page.waitForTimeout(500);
  const options = await page.$$eval("[data-facet=category][data-value]", (els) => [...new Set(els.map((e) => e.getAttribute("data-value")))]);
  if (options.length === 0) throw new Error(`no category facet on ${path}`);
  const value = options[0];

  const firstBatch = [];
  const lastBatch = [];
  for (let i = 0; i < runs + 3; i++) {
    const url = page.url();
    const sentBefore = log.sent.length;
    const receivedBefore = log.received.length;
    // The same option each time: it is chosen, then cleared, then chosen again; each is one filter change.
    await page.locator(`[data-facet=category][data-value="${value}"]`).first().click();
    await page.waitForURL((u) => u.toString() !== url, { timeout: 10000 });
    // Let every batch of this change arrive before the next click.
    await page.waitForTimeout(400);
    const action = log.sent.slice(sentBefore).find((f) => f.action);
    if (!action) throw new Error("the click sent no message to the circuit");
    const renders = log.received.slice(receivedBefore).filter((f) => f.render && f.t >= action.t);
    if (renders.length === 0) throw new Error("the click got no render batch");
    if (i >= 3) { // the first three warm up the page's code paths
      firstBatch.push((renders[0].t - action.t) * 1000);
      lastBatch.push((renders[renders.length - 1].t - action.t) * 1000);
    }
  }

  report(`filter change: click's message to the first render batch (category ${value})`, firstBatch);
  report("filter change: click's message to the last render batch", lastBatch);
  await page.goto("about:blank");
  await context.close();
}

async function hold() {
  const context = await browser.newContext({ viewport });
  const pages = [];
  const input = readline.createInterface({ input: process.stdin });
  console.log("ready");
  for await (const line of input) {
    const [command, count] = line.trim().split(/\s+/);
    if (command === "open") {
      while (pages.length < Number(count)) {
        const { page, log } = await recordedPage(context);
        await page.goto(base + path, { waitUntil: "commit" });
        await firstRender(log, log.documentStart);
        pages.push(page);
      }

      console.log(`opened ${pages.length}`);
    } else if (command === "close") {
      for (const page of pages) await page.goto("about:blank");
      pages.length = 0;
      console.log("closed");
    } else if (command === "quit") {
      break;
    }
  }

  await context.close();
}

try {
  if (mode === "tti") await timeToInteractive();
  else if (mode === "filter") await filterChanges();
  else if (mode === "hold") await hold();
  else throw new Error(`unknown mode ${mode}`);
} finally {
  await browser.close();
}
