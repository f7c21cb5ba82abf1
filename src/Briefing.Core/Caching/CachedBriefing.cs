using Briefing.Briefings;

namespace Briefing.Caching;

/// <summary>What the cache stores for one key: the validated content, the engine that wrote it, and whether it is the grounding check's revision.</summary>
/// <remarks>Entries written before <paramref name="Revised"/> existed read as not revised.</remarks>
internal sealed record CachedBriefing(BriefingContent Content, EngineInfo Engine, bool Revised = false);
