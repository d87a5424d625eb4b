namespace StaticMap.Cli.Printing;

/// <summary>Where <c>staticmap pdf</c> is, so that a deadline that passes can say which step did not finish.</summary>
public enum PrintStep
{
    Building,
    Starting,
    Loading,
    WaitingForCharts,
    Printing,
    Writing,
}
