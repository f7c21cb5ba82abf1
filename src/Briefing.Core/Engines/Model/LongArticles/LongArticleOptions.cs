using System.ComponentModel.DataAnnotations;

namespace Briefing.Engines.Model.LongArticles;

/// <summary>How an article over the context budget is summarized in parts (map, then reduce) before its briefing is written.</summary>
internal sealed class LongArticleOptions
{
    public const string SectionName = "Briefing:LongArticles";

    /// <summary>Reply cap for the notes on one part or on one group of notes; also kept free in the context budget.</summary>
    [Range(64, 32_768)]
    public int NotesMaxTokens { get; set; } = 600;

    /// <summary>Combining passes allowed after the first notes; each must shrink the notes or the article fails.</summary>
    [Range(1, 16)]
    public int MaxCombinePasses { get; set; } = 4;

    /// <summary>Parts summarized at the same time, so one long article does not take parts × latency.</summary>
    [Range(1, 64)]
    public int PartConcurrency { get; set; } = 4;

    /// <summary>The word limit written into the notes prompts: about 0.6 words per token leaves room for names and numbers.</summary>
    public int NotesWords => Math.Max(30, NotesMaxTokens * 3 / 5);
}
