namespace Bridge.Worker.Demo;

/// <summary>Where the demo prints its live timeline: the terminal of the person watching (a test's buffer in tests).</summary>
internal sealed class DemoTerminal(TextWriter writer)
{
    public TextWriter Writer { get; } = TextWriter.Synchronized(writer);
}
