namespace Tsunagi.Platform.Ui;

/// <summary>Implemented by the host and by each module to add its pages to the shell's navigation.</summary>
public interface INavigationSource
{
    IEnumerable<NavigationItem> Items { get; }
}
