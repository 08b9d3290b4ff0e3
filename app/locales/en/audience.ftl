audience-title = Who are you looking for help for
audience-heading = Who are you looking for help for?
audience-lead = Once you choose a group, the portal shows services, questions and topics for it. The choice is remembered until you change it.
audience-show-all = Show everything for everyone (clear the choice)
audience-clear = Clear the group and show everything
