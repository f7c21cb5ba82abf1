using System.Text;

namespace Briefing.Articles;

public sealed class ArticleDecoderTests
{
    private readonly ArticleDecoder _decoder = new();

    [Fact]
    public void Decode_EmptyBytes_ThrowsEmpty()
    {
        var error = Assert.Throws<ArticleException>(() => _decoder.Decode(Raw([])));

        Assert.Equal(ArticleErrorKind.Empty, error.Kind);
        Assert.Contains("is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_WhitespaceOnly_ThrowsEmpty()
    {
        var error = Assert.Throws<ArticleException>(() => _decoder.Decode(Raw(Encoding.UTF8.GetBytes(" \n\t\r\n  "))));

        Assert.Equal(ArticleErrorKind.Empty, error.Kind);
    }

    [Fact]
    public void Decode_NulBytes_ThrowsBinary()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D };

        var error = Assert.Throws<ArticleException>(() => _decoder.Decode(Raw(png)));

        Assert.Equal(ArticleErrorKind.Binary, error.Kind);
    }

    [Fact]
    public void Decode_ManyControlCharacters_ThrowsBinary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41)).ToArray();

        var error = Assert.Throws<ArticleException>(() => _decoder.Decode(Raw(bytes)));

        Assert.Equal(ArticleErrorKind.Binary, error.Kind);
    }

    [Fact]
    public void Decode_Latin1Text_ThrowsInvalidEncodingWithOffsetAndRemedy()
    {
        var latin1 = Encoding.Latin1.GetBytes("Caf\u00e9 owners met the mayor.");

        var error = Assert.Throws<ArticleException>(() => _decoder.Decode(Raw(latin1)));

        Assert.Equal(ArticleErrorKind.InvalidEncoding, error.Kind);
        Assert.Contains("offset 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("iconv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        var text = _decoder.Decode(Raw([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Hello world.")]));

        Assert.Equal("Hello world.", text);
    }

    [Fact]
    public void Decode_Utf16WithBom_IsAccepted()
    {
        var text = _decoder.Decode(Raw([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Grüße aus Berlin.")]));

        Assert.Equal("Grüße aus Berlin.", text);
    }

    [Fact]
    public void Decode_CrLf_BecomesLf()
    {
        Assert.Equal("a\nb", _decoder.Decode(Raw(Encoding.UTF8.GetBytes("a\r\nb"))));
    }

    private static RawArticle Raw(byte[] bytes) => new("article.txt", bytes, null, ".txt");
}
