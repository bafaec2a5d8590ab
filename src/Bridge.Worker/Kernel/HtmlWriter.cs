using System.Text;

namespace Bridge.Worker.Kernel;

/// <summary>
/// Builds a page. <see cref="Append(ref HtmlInterpolatedStringHandler)"/> takes an interpolated string whose
/// literal parts are markup and whose holes are text: every hole is HTML-encoded unless it is an
/// <see cref="HtmlFragment"/>, so ticket text from ConnectWise cannot inject markup by forgetting a call.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _builder = new();

    public int Length => _builder.Length;

    public HtmlWriter Append([System.Runtime.CompilerServices.InterpolatedStringHandlerArgument("")] ref HtmlInterpolatedStringHandler markup) => this;

    /// <summary>Text, encoded.</summary>
    public HtmlWriter Text(string? text)
    {
        HtmlText.EncodeInto(_builder, text);
        return this;
    }

    public HtmlWriter Fragment(HtmlFragment fragment)
    {
        _builder.Append(fragment.Markup);
        return this;
    }

    /// <summary>A fragment built by <paramref name="write"/>, to place inside another interpolated string.</summary>
    public static HtmlFragment Build(Action<HtmlWriter> write)
    {
        var html = new HtmlWriter();
        write(html);
        return html.ToFragment();
    }

    public HtmlFragment ToFragment() => new(_builder.ToString());

    public override string ToString() => _builder.ToString();

    internal StringBuilder Builder => _builder;
}
