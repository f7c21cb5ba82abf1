namespace Briefing.Articles;

/// <summary>The bytes of an article as read, with the hints that decide its format.</summary>
internal sealed record RawArticle(string Source, ReadOnlyMemory<byte> Content, string? ContentType, string? Extension);
