namespace Reconsideration.Host.Features.Cases.Domain;

/// <summary>The procedure a case is reviewed under (Art. 36).</summary>
public enum Procedure
{
    /// <summary>普通程序 (Arts. 48–52, 62 ¶1).</summary>
    Ordinary,

    /// <summary>简易程序 (Arts. 53–55, 62 ¶2).</summary>
    Simplified,
}
