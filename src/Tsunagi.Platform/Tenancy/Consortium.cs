namespace Tsunagi.Platform.Tenancy;

/// <summary>共同利用団体: the municipalities that share this deployment. Its id is the tenant key of its operators.</summary>
public sealed class Consortium
{
    public Consortium(string id, string name)
    {
        Id = id;
        Name = name;
    }

    public string Id { get; private set; }

    public string Name { get; private set; }
}
