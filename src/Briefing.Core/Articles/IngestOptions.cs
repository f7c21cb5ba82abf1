using System.ComponentModel.DataAnnotations;

namespace Briefing.Articles;

/// <summary>Limits applied while reading an article.</summary>
internal sealed class IngestOptions
{
    public const string SectionName = "Briefing:Ingest";

    /// <summary>Largest article accepted, in bytes; larger input is refused before it is read whole.</summary>
    [Range(1, 512L * 1024 * 1024)]
    public long MaxArticleBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>How long a URL fetch may take in total.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deepest element nesting a web page may have; deeper pages are refused before they are parsed.</summary>
    /// <remarks>News pages nest a few dozen levels; parsing cost grows with depth times size, and recursion with depth.</remarks>
    [Range(16, 2048)]
    public int MaxHtmlDepth { get; set; } = 256;

    /// <summary>How long turning one article's markup into text may take; a slower parse is that article's failure.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ParseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Required]
    public string UserAgent { get; set; } = "Briefing/1.0 (+https://github.com/briefing-tool/briefing)";
}
