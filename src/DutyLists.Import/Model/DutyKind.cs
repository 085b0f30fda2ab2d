namespace DutyLists.Import.Model;

/// <summary>The three parts of a township duty list (履职事项清单).</summary>
public enum DutyKind
{
    /// <summary>基本履职事项: what the township itself must do.</summary>
    Basic,

    /// <summary>配合履职事项: led by a county department, the township helping.</summary>
    Cooperative,

    /// <summary>上级部门收回事项: taken back by an upper department.</summary>
    Reclaimed,
}
