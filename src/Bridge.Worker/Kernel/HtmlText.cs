using System.Text;

namespace Bridge.Worker.Kernel;

/// <summary>HTML encoding for text in element content and in double-quoted attribute values.</summary>
internal static class HtmlText
{
    public static string Encode(string? text)
    {
        var builder = new StringBuilder();
        EncodeInto(builder, text);
        return builder.ToString();
    }

    public static void EncodeInto(StringBuilder builder, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var c in text)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                // Control characters from a ticket field would make the document invalid; show nothing instead.
                case < ' ' and not '\n' and not '\t': break;
                default: builder.Append(c); break;
            }
        }
    }
}
