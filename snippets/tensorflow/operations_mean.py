"""tf.reduce_mean keeps the input's integer dtype, so the mean is truncated; tf.cast fixes it."""
import tensorflow as tf

scores = tf.constant([[1, 2], [4, 7]])  # Python ints give an int32 tensor
print(scores.dtype)
print(tf.reduce_mean(scores).numpy())  # 14 / 4 = 3.5, printed as 3
print(tf.reduce_mean(scores, axis=0).numpy())  # [2.5 4.5] -> [2 4]
print(tf.reduce_mean(tf.constant([-1, -2])).numpy())  # (1)!

scores_f = tf.cast(scores, tf.float32)  # convert first, then average
print(tf.reduce_mean(scores_f).numpy(), tf.reduce_mean(scores_f, axis=0).numpy())
print(tf.cast(tf.constant([1.7, -1.7]), tf.int32).numpy())  # float -> int also drops the fraction
