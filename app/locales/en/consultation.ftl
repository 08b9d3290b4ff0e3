consultations-title = Public comments
consultations-description = Draft plans open for comments: send yours and see how the comments were dealt with.
consultations-lead = Before the town approves a plan, anyone may comment on its draft. We deal with every comment and publish what we did with it.
consultations-open = Drafts open for comments
consultations-none-open = No draft is open right now.
consultations-other = Upcoming and closed
consultations-settled = { $count ->
    [one] { $count } comment dealt with
   *[other] { $count } comments dealt with
}
consultation-phase-upcoming = in preparation
consultation-phase-open = open for comments
consultation-phase-closed = closed
consultation-when = Comments: { $from } to { $to } ({ $phase })
consultation-comment-on = Comment on the part “{ $section }”
consultation-thanks = Thank you, we have received your comment.
consultation-thanks-next = When the comment period ends, the working group will deal with it, and we will publish it here with what we did with it.
consultation-form = Send a comment
consultation-section = Which part of the draft
consultation-text = Your comment (English is fine)
consultation-author = Name or organisation (optional)
consultation-author-hint = Published with the answer to your comment. Leave it empty if you prefer.
consultation-send = Send the comment
consultation-settled = How comments were dealt with
consultation-none-settled = No comment has been dealt with yet.
consultation-settled-table = Table of comments and answers
consultation-settled-caption = What we did with the comments
consultation-part = Part
consultation-comment = Comment
consultation-outcome = Decision
consultation-reason = Reasons
comment-outcome-accepted = accepted
comment-outcome-partly = partly accepted
comment-outcome-not = not accepted
comment-outcome-noted = noted
