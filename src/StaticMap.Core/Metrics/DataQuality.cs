namespace StaticMap.Core.Metrics;

/// <summary>Urban's data-quality flag: 1 Strong, 2 Marginal, 3 Weak; NotRated where none was published.</summary>
public enum DataQuality
{
    NotRated = 0,
    Strong = 1,
    Marginal = 2,
    Weak = 3,
}
