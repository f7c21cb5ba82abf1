using System.Collections.Frozen;

namespace Briefing.Articles;

/// <summary>Measures how deeply a page nests its elements with one linear pass over the markup, without building a DOM.</summary>
/// <remarks>
/// The HTML parser and the readability scorer walk the tree recursively and compare every element with its ancestors,
/// so a page nested thousands of levels deep costs minutes of CPU and, deep enough, overflows the stack. This scan is
/// cheap enough to run first and stops as soon as the limit is passed. It follows the parser where that matters for
/// depth: void elements and elements whose end tag is optional do not nest, raw-text elements hide their content, an
/// end tag closes everything opened inside its element, and "/&gt;" closes only SVG and MathML elements. Leaving out
/// the elements with optional end tags makes the count at most the depth of the parsed tree: a level of nested tables
/// counts once though it opens four elements, so the limit has headroom for them.
/// </remarks>
internal static class HtmlDepthScanner
{
    private static readonly FrozenSet<string> Void = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "image",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Elements whose end tag may be left out (p, li, td ...) are closed by their siblings, so they never pile up.
    private static readonly FrozenSet<string> Flat = new[]
    {
        "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
        "colgroup", "caption", "rb", "rt", "rtc", "rp",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RawText = new[]
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The deepest nesting found, or the first depth past <paramref name="limit"/> when the page goes deeper.</summary>
    public static int MaxDepth(string html, int limit)
    {
        var open = new List<string>();
        var foreign = 0;
        var max = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i < html.Length - 1)
        {
            var next = html[i + 1];
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                i = Skip(html, i + 4, "-->");
            }
            else if (next is '!' or '?')
            {
                i = Skip(html, i + 2, ">");
            }
            else if (next == '/')
            {
                var (name, end) = ReadTag(html, i + 2);
                Close(open, name, ref foreign);
                i = end;
            }
            else if (char.IsAsciiLetter(next))
            {
                var (name, end) = ReadTag(html, i + 1);
                i = end;
                var selfClosing = end >= 2 && html[end - 2] == '/';
                if (Void.Contains(name) || Flat.Contains(name) || (selfClosing && foreign > 0))
                {
                    continue;
                }

                if (RawText.Contains(name))
                {
                    i = Skip(html, i, "</" + name);
                    continue;
                }

                open.Add(name);
                foreign += name is "svg" or "math" ? 1 : 0;
                max = Math.Max(max, open.Count);
                if (max > limit)
                {
                    return max;
                }
            }
            else
            {
                i++;
            }
        }

        return max;
    }

    private static void Close(List<string> open, string name, ref int foreign)
    {
        var at = open.LastIndexOf(name);
        if (at < 0)
        {
            return;
        }

        for (var k = open.Count - 1; k >= at; k--)
        {
            foreign -= open[k] is "svg" or "math" ? 1 : 0;
        }

        open.RemoveRange(at, open.Count - at);
    }

    // Reads a tag name and moves past its attributes to just after the closing '>', honouring quoted values.
    private static (string Name, int End) ReadTag(string html, int start)
    {
        var i = start;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('>' or '/'))
        {
            i++;
        }

        var name = html[start..i].ToLowerInvariant();
        char? quote = null;
        for (; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is { } q)
            {
                quote = c == q ? null : quote;
            }
            else if (c is '"' or '\'' && html.AsSpan(start, i - start).TrimEnd().EndsWith("="))
            {
                quote = c;
            }
            else if (c == '>')
            {
                return (name, i + 1);
            }
        }

        return (name, html.Length);
    }

    private static int Skip(string html, int start, string terminator)
    {
        var at = html.IndexOf(terminator, start, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + terminator.Length;
    }
}
