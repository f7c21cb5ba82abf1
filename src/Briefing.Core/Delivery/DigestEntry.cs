using Briefing.Rendering;

namespace Briefing.Delivery;

/// <summary>One briefing in a digest: the stem of its files and the structured result read back from its side-car.</summary>
internal sealed record DigestEntry(string Stem, BriefingDocument Document);
