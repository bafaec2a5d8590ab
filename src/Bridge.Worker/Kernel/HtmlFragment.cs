namespace Bridge.Worker.Kernel;

/// <summary>
/// Markup that is already safe (built by an <see cref="HtmlWriter"/> or a literal in code). Everything else
/// written into a page is text and gets encoded; this type is the one way to say "do not encode".
/// </summary>
internal readonly record struct HtmlFragment(string Markup)
{
    public static HtmlFragment Empty { get; } = new("");

    public override string ToString() => Markup;
}
