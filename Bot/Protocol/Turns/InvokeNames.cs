namespace IntervisieBot.Protocol.Turns;

public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string ComposeExtensionQuery = "composeExtension/query";
    public const string ComposeExtensionSelectItem = "composeExtension/selectItem";
    public const string ComposeExtensionFetchTask = "composeExtension/fetchTask";
    public const string ComposeExtensionSubmitAction = "composeExtension/submitAction";
    public const string TaskFetch = "task/fetch";
    public const string TaskSubmit = "task/submit";

    /// <summary>A typeahead <c>Input.ChoiceSet</c> with <c>choices.data</c> asks for choices as the user types.</summary>
    public const string ApplicationSearch = "application/search";

    /// <summary>The user accepted or declined a file consent card (personal chats).</summary>
    public const string FileConsent = "fileConsent/invoke";
}
