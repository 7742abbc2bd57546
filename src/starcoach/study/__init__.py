"""Study mode and browsing: the view data behind the principle, question and walkthrough pages."""
