"""Static files of the web page `newskg serve` shows (HTML, JS, CSS; no external assets)."""
