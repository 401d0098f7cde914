/**
 * Tasks (nhiệm vụ), their assignments to units (giao việc), progress reports, completions with the office's
 * review, extension requests (gia hạn) and withdrawal (thu hồi).
 */
package dev.theodoi.domain.task;
