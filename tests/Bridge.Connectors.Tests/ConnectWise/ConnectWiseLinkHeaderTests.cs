using Bridge.Connectors.ConnectWise;

namespace Bridge.Connectors.Tests.ConnectWise;

public sealed class ConnectWiseLinkHeaderTests
{
    [Fact]
    public void Parse_ConnectWiseHeader_FindsNextAndLastVerbatim()
    {
        const string header = "<https://api-na.myconnectwise.net/v4_6_release/apis/3.0/company/companies?pageSize=50&page=2>; rel=\"next\", <https://api-na.myconnectwise.net/v4_6_release/apis/3.0/company/companies?pageSize=50&page=4>; rel=\"last\"";

        var links = ConnectWiseLinkHeader.Parse(header);

        Assert.Equal("https://api-na.myconnectwise.net/v4_6_release/apis/3.0/company/companies?pageSize=50&page=2", links.Next!.OriginalString);
        Assert.Equal("https://api-na.myconnectwise.net/v4_6_release/apis/3.0/company/companies?pageSize=50&page=4", links.Last!.OriginalString);
        Assert.Null(links.Previous);
        Assert.Null(links.First);
    }

    [Fact]
    public void Parse_LastPage_HasNoNext()
    {
        var links = ConnectWiseLinkHeader.Parse("<https://h/a?page=1>; rel=\"first\", <https://h/a?page=3>; rel=\"prev\"");

        Assert.Null(links.Next);
        Assert.Equal("https://h/a?page=3", links.Previous!.OriginalString);
        Assert.Equal("https://h/a?page=1", links.First!.OriginalString);
    }

    [Fact]
    public void Parse_CommaInsideUri_IsPartOfTheUri()
    {
        var links = ConnectWiseLinkHeader.Parse("<https://h/t?conditions=id in (1,2,3)&page=2>; rel=\"next\"");

        Assert.Equal("https://h/t?conditions=id in (1,2,3)&page=2", links.Next!.OriginalString);
    }

    [Theory]
    [InlineData("<https://h/x?page=2>;rel=next")]
    [InlineData("<https://h/x?page=2> ; rel = \"next\"")]
    [InlineData("<https://h/x?page=2>; title=\"a, b; c\"; rel=\"next\"")]
    [InlineData("<https://h/x?page=2>; rel=\"next last\"")]
    [InlineData("<https://h/x?page=2>; REL=\"NEXT\"")]
    public void Parse_Variants_FindNext(string header) =>
        Assert.Equal("https://h/x?page=2", ConnectWiseLinkHeader.Parse(header).Next!.OriginalString);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("garbage")]
    [InlineData("<https://h/x?page=2")]
    [InlineData("<https://h/x?page=2>; title=\"next\"")]
    public void Parse_EmptyOrMalformed_HasNoNextAndDoesNotThrow(string? header) =>
        Assert.Null(ConnectWiseLinkHeader.Parse(header).Next);

    [Fact]
    public void Parse_MalformedFirstLink_StillReadsTheNextOne()
    {
        var links = ConnectWiseLinkHeader.Parse("<https://h/a>; junk junk, <https://h/b?page=2>; rel=\"next\"");

        Assert.Equal("https://h/b?page=2", links.Next!.OriginalString);
    }

    [Fact]
    public void Parse_RepeatedRel_KeepsTheFirst()
    {
        var links = ConnectWiseLinkHeader.Parse("<https://h/1>; rel=\"next\", <https://h/2>; rel=\"next\"");

        Assert.Equal("https://h/1", links.Next!.OriginalString);
    }
}
