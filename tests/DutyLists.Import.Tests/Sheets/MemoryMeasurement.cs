namespace DutyLists.Import.Tests.Sheets;

/// <summary>Tests that measure the process's heap run after the others, never beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    public const string Name = "memory measurement";
}
