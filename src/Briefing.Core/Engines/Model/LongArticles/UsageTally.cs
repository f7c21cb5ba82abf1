using Briefing.Briefings;

namespace Briefing.Engines.Model.LongArticles;

/// <summary>Sums the usage of calls that finish on different threads.</summary>
internal sealed class UsageTally
{
    private readonly Lock _gate = new();
    private ModelUsage _total = ModelUsage.None;

    public ModelUsage Total
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    public void Add(ModelUsage usage)
    {
        lock (_gate)
        {
            _total = _total.Add(usage);
        }
    }
}
