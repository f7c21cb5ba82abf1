using System.Collections.Frozen;

namespace Briefing.Stories;

/// <summary>Words found in most news reports whatever the event: they stand in for a background corpus when a run has only a handful of articles.</summary>
/// <remarks>
/// With five articles the run's own document frequencies cannot tell "police" or "Tuesday" from "warehouse"; two reports of
/// different events in one city share exactly these words. Listed as written; the grouper stems them like any other word.
/// </remarks>
internal static class CommonNewsWords
{
    public static readonly FrozenSet<string> Words = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow",
        "week", "weeks", "month", "months", "year", "years", "day", "days", "night", "morning", "evening", "afternoon", "time", "times",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "police", "officials", "official", "spokesman", "spokeswoman", "spokesperson", "statement", "told", "according", "reported",
        "report", "reports", "news", "agency", "media", "local", "city", "town", "country", "state", "government", "people",
        "man", "men", "woman", "women", "person", "family", "group", "company", "companies", "new", "first", "last", "next",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand", "million", "billion",
        "percent", "per", "cent", "around", "nearly", "almost", "several", "many", "much", "other", "others", "another",
        "since", "during", "while", "still", "even", "well", "back", "way", "made", "make", "take", "took", "taken", "get", "got",
        "go", "went", "going", "come", "came", "say", "saying", "added", "asked", "called", "show", "showed", "shows", "told",
        "including", "include", "includes", "part", "place", "area", "world", "home", "public", "end", "early", "later", "late",
        "under", "through", "between", "against", "without", "within", "near", "off", "down", "because", "however", "although",
        "like", "known", "set", "put", "left", "want", "wanted", "need", "expected", "believed", "now", "already", "yet", "ago",
        "injured", "hurt", "nobody", "anyone", "someone", "something", "told", "case", "cases", "number", "high", "low", "big",
        "small", "large", "long", "major", "former", "top", "good", "best", "great", "old", "young", "help", "work", "working",
        "us", "uk", "video", "photo", "image", "images", "read", "click", "share", "follow", "updated", "update", "published",
    }.ToFrozenSet(StringComparer.Ordinal);
}
