using Bridge.Worker.Kernel;

namespace Bridge.Worker.Tests.StatusPage;

public sealed class HtmlWriterTests
{
    [Fact]
    public void Append_TextInAHole_IsEncodedWhileTheLiteralStaysMarkup()
    {
        var summary = "<script>alert('x')</script> & \"quotes\"";
        var html = new HtmlWriter();

        html.Append($"<td title=\"{summary}\">{summary}</td>");

        Assert.Equal(
            "<td title=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;</td>",
            html.ToString());
    }

    [Fact]
    public void Append_FragmentInAHole_IsNotEncodedAgain()
    {
        var inner = HtmlWriter.Build(h => h.Append($"<b>{"a<b"}</b>"));
        var html = new HtmlWriter();

        html.Append($"<p>{inner} {42} {null as string}</p>");

        Assert.Equal("<p><b>a&lt;b</b> 42 </p>", html.ToString());
    }

    [Fact]
    public void Text_ControlCharactersFromATicket_AreDropped()
    {
        var html = new HtmlWriter();

        html.Text("line\u0000one\u001b[31m\nline two\ttab");

        Assert.Equal("lineone[31m\nline two\ttab", html.ToString());
    }
}
