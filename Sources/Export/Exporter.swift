public import ContentModel

/// Builds the reader-facing files of articles. Does no file I/O: it returns file contents and the
/// caller writes them.
public enum Exporter {
    /// Files for one article, paths relative to the article folder `<out>/<article-id>/`:
    /// `<level>/<article-id>.txt` and `<level>/<article-id>.html` for every level, and `index.html`
    /// (the listening page). Audio paths in the index are relative to the article folder.
    public static func articleFiles(_ article: ExportArticle) -> [(path: String, contents: String)] {
        var files: [(path: String, contents: String)] = []
        let id = article.index.article.id
        for level in article.levels {
            files.append(
                (
                    level.id + "/" + id + ".txt",
                    TextExport.document(articleTitle: article.index.article.title, level: level)
                ))
            files.append((level.id + "/" + id + ".html", DocumentExport.document(article: article, level: level)))
        }
        files.append(("index.html", ListeningPage.document(article)))
        return files
    }

    /// `<out>/index.html`: every article (in the order given) with its levels, their durations,
    /// and links to each listening page and text export.
    public static func libraryPage(_ indexes: [AudioIndex]) -> String {
        LibraryPage.document(indexes)
    }
}
