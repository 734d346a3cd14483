using System.Resources;

// The resx files without a culture suffix are Dutch; English lives in *.en.resx satellites.
[assembly: NeutralResourcesLanguage("nl")]
