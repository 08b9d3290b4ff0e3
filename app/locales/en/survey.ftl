surveys-title = Surveys
surveys-description = Short anonymous surveys for planning social services, and their results.
surveys-lead = Tell us how life with the services is for you. The surveys are anonymous: we ask for no name or contact.
surveys-none = No survey is running right now.
surveys-closed = (closed)
surveys-results-link = { $count ->
    [one] results ({ $count } answer)
   *[other] results ({ $count } answers)
}
survey-thanks = Thank you, we have saved your answers.
survey-see-results = See the results
survey-closed = The survey is closed.
survey-results = Results
survey-send = Send the answers
survey-results-title = Results: { $survey }
survey-results-lead = Answers in all: { $count }. Planning staff read the answers to open questions; we do not publish them, as they may hold personal details.
survey-answered = Answered: { $count }
survey-average = average { $average }
survey-answers-caption = Answers: { $question }
survey-answer = Answer
survey-count = Count
