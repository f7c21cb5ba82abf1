using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Articles;

/// <summary>Reads Markdown with Markdig: the first heading is the title; paragraphs, list items and quotes are body.</summary>
internal sealed class MarkdownArticleParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public Article Parse(string source, string text)
    {
        var document = ParseDocument(source, text);
        string? title = null;
        var paragraphs = new List<string>();
        var captions = new List<string>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case HeadingBlock heading when title is null:
                    title = InlineText(heading.Inline);
                    break;
                case ParagraphBlock paragraph:
                    var content = InlineText(paragraph.Inline);
                    if (content.Length == 0)
                    {
                        break;
                    }

                    (CaptionDetector.IsCaption(content) ? captions : paragraphs).Add(content);
                    break;
            }
        }

        return new Article { Source = source, Title = title, Paragraphs = paragraphs, Captions = captions, Format = ArticleFormat.Markdown };
    }

    // Markdig stops at its own nesting limit with an ArgumentException; that is the article's fault, not a bug.
    private static MarkdownDocument ParseDocument(string source, string text)
    {
        try
        {
            return Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e)
        {
            throw new ArticleException(
                ArticleErrorKind.TooDeep,
                $"'{source}' nests its Markdown (quotes, lists, links or emphasis) too deeply to be an article; it was not parsed.",
                e);
        }
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        Append(inline, text);
        return string.Join(' ', text.ToString().Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    // Images are pictures, not prose; links keep their words; code keeps its text.
    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LinkInline { IsImage: true }:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                text.Append(code.Content);
                return;
            case LineBreakInline:
                text.Append(' ');
                return;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                return;
        }
    }
}
