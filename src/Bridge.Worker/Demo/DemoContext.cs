using Bridge.Sandbox;

namespace Bridge.Worker.Demo;

/// <summary>What a demo scenario works with: the sandbox to act in, the running bridge, its clock, the terminal.</summary>
internal sealed record DemoContext(SandboxServer Sandbox, WebApplication Bridge, Uri BridgeUrl, DemoClock Clock, DemoTerminal Terminal, DemoTimeline Timeline);
