namespace Bridge.Worker.Demo;

/// <summary>One line of the demo's terminal timeline: when (the bridge's clock), what kind of thing, and what.</summary>
internal sealed record DemoTimelineLine(DateTimeOffset At, string Kind, string Text);
