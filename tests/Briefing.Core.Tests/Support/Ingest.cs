using Briefing.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Support;

/// <summary>Runs the real ingest stage on text or bytes, as the CLI would.</summary>
internal static class Ingest
{
    public static Article Text(string text, string extension = ".txt") => Bytes(System.Text.Encoding.UTF8.GetBytes(text), extension);

    public static Article Bytes(byte[] bytes, string extension = ".txt")
    {
        using var services = TestPipeline.Create();
        return services.GetRequiredService<ArticleIngestor>().Parse(new RawArticle("test" + extension, bytes, null, extension));
    }
}
