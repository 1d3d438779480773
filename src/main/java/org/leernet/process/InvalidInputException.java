package org.leernet.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input a person can correct, with a Dutch message for them. Camunda's REST API (and so
 * Tasklist) answers a form submission that throws this with 400 and the message, and the
 * transaction rolls back: nothing of the submission is stored, the form keeps what was typed.
 */
public class InvalidInputException extends FormFieldValidationException {

	public InvalidInputException(String field, String message) {
		super(field, message);
	}

}
