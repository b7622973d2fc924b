"""A tf.constant cannot change; a tf.Variable can be updated in place with assign."""
import tensorflow as tf

c = tf.constant([1.0, 2.0])
try:
    c.assign([3.0, 4.0])
except AttributeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
try:
    c[0] = 5.0
except TypeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])

w = tf.Variable([1.0, 2.0])
w.assign([3.0, 4.0])  # replace the values (same shape and dtype)
w.assign_add([0.5, 0.5])  # w += 0.5, in place
w[0].assign(10.0)
print(w.numpy(), w.trainable)
print(type(w * 2).__name__)  # computing with a Variable gives an ordinary tensor
