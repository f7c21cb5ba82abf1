using Briefing.Briefings;

namespace Briefing.Caching;

/// <summary>What the cache stores for one key: the validated content and the engine that wrote it.</summary>
internal sealed record CachedBriefing(BriefingContent Content, EngineInfo Engine);
