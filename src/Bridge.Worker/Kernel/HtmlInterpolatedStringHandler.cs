using System.Globalization;
using System.Runtime.CompilerServices;

namespace Bridge.Worker.Kernel;

/// <summary>Literal parts go in as markup; holes go in encoded, except <see cref="HtmlFragment"/>s.</summary>
[InterpolatedStringHandler]
internal readonly ref struct HtmlInterpolatedStringHandler
{
    private readonly HtmlWriter _writer;

    public HtmlInterpolatedStringHandler(int literalLength, int formattedCount, HtmlWriter writer)
    {
        _ = literalLength;
        _ = formattedCount;
        _writer = writer;
    }

    public void AppendLiteral(string markup) => _writer.Builder.Append(markup);

    public void AppendFormatted(HtmlFragment fragment) => _writer.Builder.Append(fragment.Markup);

    public void AppendFormatted(string? text) => HtmlText.EncodeInto(_writer.Builder, text);

    public void AppendFormatted<T>(T value) => HtmlText.EncodeInto(_writer.Builder, Convert.ToString(value, CultureInfo.InvariantCulture));

    public void AppendFormatted<T>(T value, string? format)
        where T : IFormattable =>
        HtmlText.EncodeInto(_writer.Builder, value.ToString(format, CultureInfo.InvariantCulture));
}
