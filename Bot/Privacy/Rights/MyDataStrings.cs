using System.Globalization;
using System.Resources;
using IntervisieBot.Localization;

namespace IntervisieBot.Privacy.Rights;

/// <summary>Typed access to <c>MyDataStrings.resx</c> (Dutch) and <c>MyDataStrings.en.resx</c>.</summary>
public static class MyDataStrings
{
    public static LocalizedText Text { get; } = new(new ResourceManager(typeof(MyDataStrings)));

    public static string MyDataTitle(CultureInfo c) => Text.Get(nameof(MyDataTitle), c);
    public static string MyDataIntro(CultureInfo c) => Text.Get(nameof(MyDataIntro), c);
    public static string MyDataNothing(CultureInfo c) => Text.Get(nameof(MyDataNothing), c);
    public static string MyDataDeleteHint(CultureInfo c) => Text.Get(nameof(MyDataDeleteHint), c);
    public static string OnlyPersonalTitle(CultureInfo c) => Text.Get(nameof(OnlyPersonalTitle), c);
    public static string OnlyPersonalBody(CultureInfo c) => Text.Get(nameof(OnlyPersonalBody), c);
    public static string ConfirmTitle(CultureInfo c) => Text.Get(nameof(ConfirmTitle), c);
    public static string ConfirmBody(CultureInfo c) => Text.Get(nameof(ConfirmBody), c);
    public static string ConfirmButton(CultureInfo c) => Text.Get(nameof(ConfirmButton), c);
    public static string DeletedTitle(CultureInfo c) => Text.Get(nameof(DeletedTitle), c);
    public static string DeletedIntro(CultureInfo c) => Text.Get(nameof(DeletedIntro), c);
    public static string RemainsIntro(CultureInfo c) => Text.Get(nameof(RemainsIntro), c);
    public static string RemainsNothing(CultureInfo c) => Text.Get(nameof(RemainsNothing), c);
    public static string DeletedNothing(CultureInfo c) => Text.Get(nameof(DeletedNothing), c);
    public static string HelpEntryMyData(CultureInfo c) => Text.Get(nameof(HelpEntryMyData), c);
    public static string HelpEntryDelete(CultureInfo c) => Text.Get(nameof(HelpEntryDelete), c);
    public static string MyDataCommand(CultureInfo c) => Text.Get(nameof(MyDataCommand), c);
    public static string DeleteCommand(CultureInfo c) => Text.Get(nameof(DeleteCommand), c);
    public static string RolesArea(CultureInfo c) => Text.Get(nameof(RolesArea), c);
    public static string RolesItem(CultureInfo c) => Text.Get(nameof(RolesItem), c);
    public static string PersonalChatArea(CultureInfo c) => Text.Get(nameof(PersonalChatArea), c);
    public static string PersonalChatItem(CultureInfo c) => Text.Get(nameof(PersonalChatItem), c);
    public static string InboxRemains(CultureInfo c, int days) => Text.Format(nameof(InboxRemains), c, days);
    public static string CatalogueEditsArea(CultureInfo c) => Text.Get(nameof(CatalogueEditsArea), c);
    public static string CatalogueEditsItem(CultureInfo c) => Text.Get(nameof(CatalogueEditsItem), c);
    public static string CatalogueEditsRemain(CultureInfo c) => Text.Get(nameof(CatalogueEditsRemain), c);
}
