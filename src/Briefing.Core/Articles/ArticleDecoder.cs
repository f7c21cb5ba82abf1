using System.Text;

namespace Briefing.Articles;

/// <summary>Turns raw bytes into text, refusing binary data and text that is not valid UTF-8 (or UTF-16 with a BOM).</summary>
internal sealed class ArticleDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Decode(RawArticle raw)
    {
        var bytes = raw.Content.Span;
        if (bytes.IsEmpty)
        {
            throw new ArticleException(ArticleErrorKind.Empty, $"'{raw.Source}' is empty; there is no article to brief.");
        }

        var text = DecodeText(raw.Source, bytes);
        if (LooksBinary(text))
        {
            throw new ArticleException(ArticleErrorKind.Binary, $"'{raw.Source}' looks like binary data, not an article; pass a text, Markdown or HTML file.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleException(ArticleErrorKind.Empty, $"'{raw.Source}' contains only whitespace; there is no article to brief.");
        }

        return text.ReplaceLineEndings("\n");
    }

    private static string DecodeText(string source, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            throw new ArticleException(ArticleErrorKind.Binary, $"'{source}' contains NUL bytes, so it is binary data, not an article; pass a text, Markdown or HTML file.");
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleException(
                ArticleErrorKind.InvalidEncoding,
                $"'{source}' is not valid UTF-8 (bad byte at offset {e.Index}); convert it first, e.g. iconv -f windows-1252 -t utf-8.",
                e);
        }
    }

    // Control characters other than tab, newline, carriage return and form feed almost never occur in prose.
    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var control = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                control++;
            }
        }

        return control > sample.Length / 100 + 2;
    }
}
